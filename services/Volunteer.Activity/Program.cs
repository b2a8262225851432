using Volunteer.Activity.Extensions;
using Volunteer.Activity.Grpc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDeclaredGrpcService<ActivityApi>();
app.Run();
