using Microsoft.AspNetCore.Identity;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Data;

namespace Volunteer.Identity.Extensions;

internal static class AccountExtensions
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Accounts on ASP.NET Core Identity with its cookies under their own schemes: AddIdentity would make
    /// its cookie the default scheme and capture the gRPC API, which takes bearer tokens only.
    /// </summary>
    public static void AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentityCore<Account>(options =>
            {
                // Fit for a government system: long, mixed passwords; failures (also of the second
                // factor) lock the account for a while.
                options.Password.RequiredLength = 10;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters =
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        builder.Services.AddAuthentication().AddIdentityCookies(cookies =>
        {
            cookies.ApplicationCookie!.Configure(options =>
            {
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/connect/logout";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
            });
        });
        builder.Services.AddAntiforgery(options =>
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        builder.Services.AddScoped<ActiveGrants>();
    }
}
