using Microsoft.AspNetCore.Identity;
using Volunteer.Identity.Scope;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Identity.Accounts;

/// <summary>ASP.NET Core Identity's refusals as the platform's domain errors.</summary>
public static class IdentityFailures
{
    public static void ThrowIfFailed(IdentityResult result, string userName)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new AlreadyExistsException(IdentityResourceTypes.Account, userName,
                $"The user name '{userName}' is taken.");
        }

        if (result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
        {
            throw new InvalidRequestException([new FieldProblem("initial_password",
                "must have at least 10 characters with an upper-case and a lower-case letter, a digit and a symbol")]);
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidUserName)))
        {
            throw new InvalidRequestException(
                [new FieldProblem("user_name", "may hold only letters, digits, '-', '_' and '.'")]);
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrentChangeException();
        }

        throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
