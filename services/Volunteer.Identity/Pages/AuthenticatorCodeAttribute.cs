using System.ComponentModel.DataAnnotations;

namespace Volunteer.Identity.Pages;

/// <summary>Six digits, spaces allowed (apps show "123 456").</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuthenticatorCodeAttribute() : RegularExpressionAttribute(@"^\s*(\d\s*){6}$")
{
    public override string FormatErrorMessage(string name) => "请输入 6 位数字验证码";

    public override bool IsValid(object? value) => value is string { Length: > 0 } && base.IsValid(value);
}
