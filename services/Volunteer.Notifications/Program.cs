using Volunteer.Messaging.Outbox;
using Volunteer.Notifications.Extensions;
using Volunteer.Notifications.Grpc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapDeclaredGrpcService<NotificationsApi>();
app.Run();
