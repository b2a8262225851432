using Google.Rpc;
using Grpc.Core;

namespace Volunteer.Identity.SignUp;

/// <summary>Roster's refusals of a registration, said in Chinese next to the sign-up field they concern.</summary>
public static class RosterRefusals
{
    private static readonly Dictionary<string, FormProblem> ByRosterField = new()
    {
        ["name"] = new(nameof(SignUpForm.Name), "姓名不符合要求，请填写证件上的姓名"),
        ["id_type"] = new(nameof(SignUpForm.IdType), "请选择证件类型"),
        ["id_number"] = new(nameof(SignUpForm.IdNumber), "证件号码不正确，居民身份证为 18 位，其他证件为 5 至 30 位字母或数字"),
        ["gender"] = new(nameof(SignUpForm.Gender), "性别与身份证号码不一致"),
        ["birth_date"] = new(nameof(SignUpForm.BirthDate), "出生日期不正确或与身份证号码不一致"),
        ["phone"] = new(nameof(SignUpForm.Phone), "电话号码不正确"),
        ["union_id"] = new(nameof(SignUpForm.UnionId), "请选择所属工会"),
        ["sensitive_data_consent"] = new(nameof(SignUpForm.SensitiveDataConsent), "登记证件号码须您单独同意处理敏感个人信息"),
    };

    private static readonly FormProblem Other = new("", "登记信息未通过校验，请核对后重试");

    /// <summary>The problems to show; empty when the refusal is not about what the person entered.</summary>
    public static IReadOnlyList<FormProblem> Problems(RpcException refusal) => refusal.StatusCode switch
    {
        StatusCode.InvalidArgument => [.. (refusal.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [])
            .Select(v => ByRosterField.GetValueOrDefault(v.Field.Split('.')[0], Other))
            .Distinct().DefaultIfEmpty(Other)],
        StatusCode.AlreadyExists => [new(nameof(SignUpForm.IdNumber), "该证件号码已登记为志愿者，请直接登录或联系所在工会")],
        StatusCode.NotFound or StatusCode.FailedPrecondition => [new(nameof(SignUpForm.UnionId), "所选工会暂不能登记志愿者")],
        _ => [],
    };
}
