using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Extensions;
using Volunteer.Safety.Grpc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapDeclaredGrpcService<SafetyApi>();
app.Run();
