using Volunteer.Activity.Extensions;
using Volunteer.Activity.Grpc;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapDeclaredGrpcService<ActivityApi>();
app.Run();
