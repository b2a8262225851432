using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Volunteer.Contracts.Auth;

namespace Volunteer.AppHost.Auth;

/// <summary><c>token ROLE [UNION_ID] [SUBJECT]</c>: prints a development token for the local system.</summary>
internal static class TokenCli
{
    public static bool IsInvoked(string[] args) => args is ["token", ..];

    public static int Run(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            Console.Error.WriteLine("Development tokens are minted only in Development; sign in through the identity provider.");
            return 1;
        }

        if (args.Length is < 2 or > 4 || !PlatformRoles.All.Contains(args[1])
            || (args.Length >= 3 && args[2].Length > 0 && !Guid.TryParse(args[2], out _)))
        {
            Console.Error.WriteLine($"usage: token ROLE [UNION_ID] [SUBJECT]   (roles: {string.Join(", ", PlatformRoles.All)}; UNION_ID is a union's id; SUBJECT is a volunteer id for captains and volunteers)");
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
