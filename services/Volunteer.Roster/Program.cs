using Volunteer.Roster.Extensions;
using Volunteer.Roster.Grpc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDeclaredGrpcService<RosterApi>();
app.Run();
