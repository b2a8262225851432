using Volunteer.Reporting.Extensions;
using Volunteer.Reporting.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<ReportingApi>();
app.Run();
