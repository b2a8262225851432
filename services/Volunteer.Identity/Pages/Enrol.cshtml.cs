using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.SignIn;

namespace Volunteer.Identity.Pages;

public sealed class EnrolModel(SignInFlow flow) : PageModel
{
    private const string IssuerLabel = "职工志愿服务平台";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [AuthenticatorCode]
    public string Code { get; set; } = "";

    public string FormattedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await flow.PendingAsync() is { } account
            ? await ShowAsync(account)
            : RedirectToPage("/SignIn", new { ReturnUrl });

    public async Task<IActionResult> OnPostAsync()
    {
        if (await flow.PendingAsync() is not { } account)
        {
            return RedirectToPage("/SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(account);
        }

        switch (await flow.EnrolAsync(account, Code))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(PageFlow.SafeReturnUrl(Url, ReturnUrl));
            case SignInOutcome.LockedOut:
                TempData[nameof(PageFlow.LockedOutMessage)] = PageFlow.LockedOutMessage;
                return RedirectToPage("/SignIn", new { ReturnUrl });
            default:
                ModelState.AddModelError(nameof(Code), "验证码不正确，请核对手机时间后重新输入");
                return await ShowAsync(account);
        }
    }

    private async Task<IActionResult> ShowAsync(Account account)
    {
        if (account.TwoFactorEnabled)
        {
            return RedirectToPage("/SecondFactor", new { ReturnUrl });
        }

        var key = await flow.EnrolmentKeyAsync(account);
        FormattedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var label = Uri.EscapeDataString($"{IssuerLabel}:{account.UserName}");
        AuthenticatorUri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(IssuerLabel)}&digits=6";
        return Page();
    }
}
