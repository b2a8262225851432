using Volunteer.Identity.Extensions;
using Volunteer.Identity.Grpc;
using Volunteer.Identity.Oidc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDeclaredGrpcService<IdentityApi>();
app.MapOidcEndpoints();
app.MapRazorPages();
app.Run();
