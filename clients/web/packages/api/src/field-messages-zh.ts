/**
 * The services describe a bad field in English; a union office reads Chinese. Each pattern is one
 * description the services write (roster's ID-number, phone and bound checks and the shared ones);
 * a description not listed here keeps a general Chinese sentence and the original in FieldError.description.
 */
const catalogue: [RegExp, string][] = [
    [/^an 18-character resident identity card number is required/, "请填写18位居民身份证号码"],
    [/^the number must have 18 characters, but has (\d+)/, "身份证号码应为18位，当前为$1位"],
    [/^the first 17 characters must be digits/, "身份证号码前17位须为数字，最后一位为数字或X"],
    [
        /^the first two digits must be a province-level region code/,
        "身份证号码前两位须为省级行政区划代码（如广东为44）",
    ],
    [/^characters 7 to 14 must be a real birth date/, "身份证号码第7至14位须为有效的出生日期"],
    [/^the birth date in characters 7 to 14 is later than today/, "身份证号码中的出生日期晚于今天"],
    [/^the birth date in characters 7 to 14 is before (\S+)/, "身份证号码中的出生日期早于$1"],
    [/^the last character should be (\S+);/, "校验位应为$1，其他位可能输入有误"],
    [/^the birth date given does not match/, "出生日期与身份证号码不一致"],
    [/^the gender given does not match/, "性别与身份证号码不一致"],
    [/^a phone number is required/, "请填写联系电话"],
    [/^use only digits, spaces, hyphens/, "电话号码只能包含数字、空格、连字符和开头的+86"],
    [/^only mainland China numbers are accepted/, "仅支持中国大陆号码，国家代码须为+86"],
    [/^a mobile number starts with 1;/, "手机号码以1开头，固定电话以区号开头（如020）"],
    [/^a mobile number has 11 digits, but this has (\d+)/, "手机号码应为11位，当前为$1位"],
    [/^a mobile number starts with 13 to 19/, "手机号码须以13至19开头"],
    [/^the area code must start with 0/, "区号须以0开头，如020或0755"],
    [/^a fixed-line number has 7 or 8 digits/, "固定电话区号后应为7或8位"],
    [/^is required: the volunteer must agree to take part/, "须由志愿者本人同意自愿参加"],
    [/^is required for a rejection/, "不通过时须填写原因"],
    [/^is required \(YYYY-MM-DD\)/, "必填，格式为YYYY-MM-DD"],
    [/^is required/, "必填"],
    [/^must be at most (\d+) characters/, "最多$1个字符"],
    [/^must be 5 to 30 letters and digits/, "须为5至30位字母或数字"],
    [/^must be a date written YYYY-MM-DD/, "须为YYYY-MM-DD格式的日期"],
    [/^must be a six-digit GB\/T 2260/, "须为6位行政区划代码（GB/T 2260）"],
    [/^must not be in the future/, "不能晚于今天"],
    [/^must not be negative/, "不能为负数"],
    [/^must be between (\d+) and (\d+)/, "须在$1至$2之间"],
    [/^must lie between (\S+) and today/, "须在$1至今天之间"],
    [/^at most (\d+) skills/, "最多$1项技能"],
    [/^at most (\d+) honours/, "最多$1项荣誉"],
    [/^each skill must be 1 to (\d+) characters/, "每项技能须为1至$1个字符"],
    [/^must be an? (volunteer )?id \(UUID\)/, "须为有效的编号"],
    [/^is outside the caller's scope/, "不在您的管辖范围内"],
];

export function chineseFieldMessage(description: string): string {
    for (const [pattern, chinese] of catalogue) {
        const match = pattern.exec(description);
        if (match) return chinese.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? "");
    }
    return /[\u4e00-\u9fff]/.test(description) ? description : "填写的内容不符合要求";
}
