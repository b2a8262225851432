using Volunteer.Messaging.Outbox;
using Volunteer.Reporting.Extensions;
using Volunteer.Reporting.Grpc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOutboxDeadLetters();
app.MapDeclaredGrpcService<ReportingApi>();
app.Run();
