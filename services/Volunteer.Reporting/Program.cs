using Volunteer.Messaging.Outbox;
using Volunteer.Reporting.Extensions;
using Volunteer.Reporting.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapGrpcService<ReportingApi>();
app.Run();
