using Volunteer.Identity.Extensions;
using Volunteer.Identity.Grpc;
using Volunteer.Identity.Oidc;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
// Identity publishes no events, but the dashboard's retry command goes to every service's outbox alike.
app.MapOutboxDeadLetters();
app.MapDeclaredGrpcService<IdentityApi>();
app.MapOidcEndpoints();
app.MapRazorPages();
app.Run();
