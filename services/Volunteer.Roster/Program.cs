using Volunteer.Roster.Extensions;
using Volunteer.Roster.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<RosterApi>();
app.Run();
