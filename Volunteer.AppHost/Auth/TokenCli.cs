using Microsoft.Extensions.Configuration;
using Volunteer.Contracts.Auth;

namespace Volunteer.AppHost.Auth;

/// <summary><c>token ROLE [UNION_ID] [SUBJECT]</c>: prints a development token for the local system.</summary>
internal static class TokenCli
{
    public static bool IsInvoked(string[] args) => args is ["token", ..];

    public static int Run(string[] args, IConfiguration configuration)
    {
        if (args.Length is < 2 or > 4 || !PlatformRoles.All.Contains(args[1]))
        {
            Console.Error.WriteLine($"usage: token ROLE [UNION_ID] [SUBJECT]   (roles: {string.Join(", ", PlatformRoles.All)}; SUBJECT is a volunteer id for captains and volunteers)");
            return 2;
        }

        var key = PlatformSecrets.Find(configuration, SigningKeyExtensions.ParameterName, generate: null);
        if (key is null)
        {
            Console.Error.WriteLine("No signing key yet: start the system once with ./volunteer.sh up.");
            return 1;
        }

        var role = args[1];
        var unionId = args.Length >= 3 && args[2].Length > 0 ? args[2] : null;
        var subject = args.Length == 4 ? args[3] : $"dev-{role}";
        Console.WriteLine(SigningKeyExtensions.CreateIssuer(key).Issue(subject, role, unionId, TokenCommandExtensions.TokenLifetime));
        return 0;
    }
}
