/** Chinese names of RegisterStaffVolunteerRequest's fields, keyed by their proto path. */
export const fieldLabel: Record<string, string> = {
    union_id: "所属工会",
    name: "姓名",
    id_type: "证件类型",
    id_number: "证件号码",
    gender: "性别",
    birth_date: "出生日期",
    phone: "联系电话",
    employer: "工作单位",
    profession: "职业",
    skills: "技能（用逗号分隔）",
    participation_consent: "本人自愿参加职工志愿服务",
    sensitive_data_consent: "本人同意处理证件号码等敏感个人信息",
};
