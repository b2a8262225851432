namespace Volunteer.Identity.Clients;

public sealed class ConsoleClientSettings
{
    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
