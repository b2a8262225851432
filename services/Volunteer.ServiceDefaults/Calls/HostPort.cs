namespace Volunteer.ServiceDefaults.Calls;

/// <summary>A host name and port as configured, "roster-pods:8080".</summary>
public sealed record HostPort(string Host, int Port)
{
    public static HostPort Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out var port) || port is <= 0 or > 65535)
        {
            throw new FormatException($"\"{text}\" is not host:port.");
        }

        return new HostPort(text[..colon], port);
    }
}
