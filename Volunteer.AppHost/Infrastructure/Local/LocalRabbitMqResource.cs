namespace Volunteer.AppHost.Infrastructure.Local;

/// <summary>A private RabbitMQ node run from the machine's package by infra/rabbitmq.sh.</summary>
internal sealed class LocalRabbitMqResource(string name, string workingDirectory, string userName, ParameterResource password)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public string UserName { get; } = userName;

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}");
}
