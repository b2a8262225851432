using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Volunteer.Identity.SignIn;

namespace Volunteer.Identity.Pages;

public sealed class SecondFactorModel(SignInFlow flow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [AuthenticatorCode]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await flow.PendingAsync() is null ? RedirectToPage("/SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await flow.PendingAsync() is not { } account)
        {
            return RedirectToPage("/SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await flow.CodeAsync(account, Code))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(PageFlow.SafeReturnUrl(Url, ReturnUrl));
            case SignInOutcome.LockedOut:
                TempData[nameof(PageFlow.LockedOutMessage)] = PageFlow.LockedOutMessage;
                return RedirectToPage("/SignIn", new { ReturnUrl });
            default:
                ModelState.AddModelError(nameof(Code), "验证码不正确，请重新输入");
                return Page();
        }
    }
}
