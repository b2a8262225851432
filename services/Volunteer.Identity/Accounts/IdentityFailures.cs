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
                $"用户名“{userName}”已被使用。");
        }

        if (result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
        {
            throw new InvalidRequestException([new FieldProblem("initial_password",
                "至少10个字符，须包含大写字母、小写字母、数字和符号")]);
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidUserName)))
        {
            throw new InvalidRequestException(
                [new FieldProblem("user_name", "只能包含字母、数字和“-”“_”“.”")]);
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrentChangeException();
        }

        throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
