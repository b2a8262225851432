using Microsoft.AspNetCore.Mvc;

namespace Volunteer.Identity.Pages;

/// <summary>What the sign-in pages share: where to go next, and the lock-out message.</summary>
public static class PageFlow
{
    public const string LockedOutMessage = "尝试次数过多，账号已暂时锁定，请 15 分钟后再试或联系所在工会。";

    /// <summary>Only a path on this site (the authorization request that sent the person here), else home.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        returnUrl is { Length: > 0 } && url.IsLocalUrl(returnUrl) ? returnUrl : "/signed-in";
}
