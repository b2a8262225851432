using Volunteer.Messaging.Outbox;
using Volunteer.Activity.Extensions;
using Volunteer.Activity.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapGrpcService<ActivityApi>();
app.Run();
