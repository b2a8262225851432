using Volunteer.Reporting.Extensions;
using Volunteer.Reporting.Grpc;
using Volunteer.ServiceDefaults.Access;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDeclaredGrpcService<ReportingApi>();
app.Run();
