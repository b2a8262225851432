using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Extensions;
using Volunteer.Roster.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapGrpcService<RosterApi>();
app.Run();
