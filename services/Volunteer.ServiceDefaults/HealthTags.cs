namespace Microsoft.Extensions.Hosting;

/// <summary>Tags that sort health checks into what the endpoints and ServiceInfo report.</summary>
public static class HealthTags
{
    /// <summary>Checks that say the process itself runs (/alive).</summary>
    public const string Live = "live";

    /// <summary>Checks that say the message broker connection works.</summary>
    public const string Broker = "broker";
}
