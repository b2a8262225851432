using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Extensions;
using Volunteer.Safety.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapGrpcService<SafetyApi>();
app.Run();
