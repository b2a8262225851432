namespace Volunteer.Identity.Clients;

/// <summary>The clients' settings ("Identity:Clients"); a client whose secret is not set is not registered.</summary>
public sealed class ClientSettings
{
    public const string SectionName = "Identity:Clients";

    public ConsoleClientSettings Console { get; set; } = new();

    public SecretClientSettings Operator { get; set; } = new();

    public SecretClientSettings Registrar { get; set; } = new();

    public SecretClientSettings Development { get; set; } = new();
}
