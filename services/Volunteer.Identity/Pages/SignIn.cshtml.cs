using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Volunteer.Identity.SignIn;

namespace Volunteer.Identity.Pages;

public sealed class SignInModel(SignInFlow flow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "请输入用户名")]
    [StringLength(50, ErrorMessage = "用户名最多 50 个字符")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码")]
    [StringLength(128, ErrorMessage = "密码最多 128 个字符")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public void OnGet()
    {
        if (TempData[nameof(PageFlow.LockedOutMessage)] is string message)
        {
            ModelState.AddModelError("", message);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await flow.PasswordAsync(UserName.Trim(), Password, cancellationToken))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(PageFlow.SafeReturnUrl(Url, ReturnUrl));
            case SignInOutcome.NeedsCode:
                return RedirectToPage("/SecondFactor", new { ReturnUrl });
            case SignInOutcome.NeedsEnrolment:
                return RedirectToPage("/Enrol", new { ReturnUrl });
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("", PageFlow.LockedOutMessage);
                return Page();
            default:
                ModelState.AddModelError(nameof(Password), "用户名或密码不正确");
                return Page();
        }
    }
}
