using System.ComponentModel.DataAnnotations;

namespace Volunteer.Identity.SignUp;

/// <summary>
/// What a person fills in to sign up: what roster needs to register a staff volunteer, and the account.
/// Roster checks the personal fields in full; the bounds here only keep the request sane.
/// </summary>
public sealed class SignUpForm
{
    /// <summary>Made when the page is shown, so a resubmitted form registers the volunteer once.</summary>
    public Guid RequestId { get; set; }

    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(50, ErrorMessage = "姓名最多 50 个字")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请选择证件类型")]
    public IdType? IdType { get; set; }

    [Required(ErrorMessage = "请填写证件号码")]
    [StringLength(30, ErrorMessage = "证件号码最多 30 位")]
    public string IdNumber { get; set; } = "";

    [Required(ErrorMessage = "请选择性别")]
    public PersonGender? Gender { get; set; }

    [Required(ErrorMessage = "请填写出生日期")]
    public DateOnly? BirthDate { get; set; }

    [Required(ErrorMessage = "请填写手机号码")]
    [StringLength(20, ErrorMessage = "手机号码最多 20 位")]
    public string Phone { get; set; } = "";

    [Required(ErrorMessage = "请选择所属工会")]
    public Guid? UnionId { get; set; }

    [Required(ErrorMessage = "请填写用户名")]
    [RegularExpression("^[A-Za-z0-9._-]{3,50}$", ErrorMessage = "用户名为 3 至 50 位字母、数字或 . _ -，可使用手机号")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请设置密码")]
    [StringLength(128, ErrorMessage = "密码最多 128 个字符")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "请再次输入密码")]
    [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "请阅读并同意自愿参加志愿服务的承诺")]
    public bool Consent { get; set; }

    /// <summary>Asked apart from <see cref="Consent"/>: an ID number is sensitive (PIPL Art. 29).</summary>
    [Range(typeof(bool), "true", "true", ErrorMessage = "登记证件号码须您单独同意处理敏感个人信息")]
    public bool SensitiveDataConsent { get; set; }
}
