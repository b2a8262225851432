using Volunteer.Safety.Extensions;
using Volunteer.Safety.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<SafetyApi>();
app.Run();
