using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Extensions;
using Volunteer.Roster.Grpc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapDeclaredGrpcService<RosterApi>();
app.Run();
