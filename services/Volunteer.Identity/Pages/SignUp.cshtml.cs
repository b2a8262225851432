using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Data;
using Volunteer.Identity.SignUp;
using Volunteer.UnionTree;

namespace Volunteer.Identity.Pages;

public sealed class SignUpModel(SelfSignUp signUp, SignInManager<Account> signIn, AccountsDbContext db,
    IOptions<SignUpSettings> settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public SignUpForm Form { get; set; } = new();

    public List<SelectListItem> Unions { get; private set; } = [];

    /// <summary>Shown beside the sensitive-data consent, so the person sees which text they agree to.</summary>
    public string SensitiveDataConsentTextVersion => settings.Value.SensitiveDataConsentTextVersion;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.RequestId = Guid.NewGuid();
        await LoadUnionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (account, problems) = await signUp.SignUpAsync(Form, cancellationToken);
            if (account is not null)
            {
                await signIn.SignInAsync(account, isPersistent: false, "pwd");
                return LocalRedirect(PageFlow.SafeReturnUrl(Url, ReturnUrl));
            }

            foreach (var problem in problems)
            {
                var key = problem.Field.Length == 0 ? "" : $"{nameof(Form)}.{problem.Field}";
                ModelState.AddModelError(key, problem.Message);
            }
        }

        await LoadUnionsAsync(cancellationToken);
        return Page();
    }

    // From the local copy of roster's tree: the page needs no call to roster to be shown.
    private async Task LoadUnionsAsync(CancellationToken cancellationToken) =>
        Unions = await db.Set<UnionNode>().AsNoTracking().OrderBy(u => u.RegionCode).ThenBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString()))
            .ToListAsync(cancellationToken);
}
