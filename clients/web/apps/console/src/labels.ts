import { ActivityForm, ActivityStatus, FundingSource } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { HoursStatus } from "@volunteer/api/gen/volunteer/activity/v1/attendance_pb";
import { VettingState } from "@volunteer/api/gen/volunteer/roster/v1/volunteer_pb";
import { DigestKind } from "@volunteer/api/gen/volunteer/reporting/v1/digests_pb";
import { CandidateKind } from "@volunteer/api/gen/volunteer/reporting/v1/commendation_pb";
import { NominationStatus } from "@volunteer/api/gen/volunteer/reporting/v1/nominations_pb";

export const roleLabel: Record<string, string> = {
    "provincial-admin": "省级管理员",
    "union-admin": "工会管理员",
    "team-captain": "分队队长",
    "safety-officer": "安全员",
    "report-viewer": "报表查阅",
    volunteer: "志愿者",
};

export const activityStatusLabel: Record<ActivityStatus, string> = {
    [ActivityStatus.UNSPECIFIED]: "未知",
    [ActivityStatus.DRAFT]: "计划中",
    [ActivityStatus.SUBMITTED]: "待安全审查",
    [ActivityStatus.CLEARED]: "已通过安全审查",
    [ActivityStatus.BLOCKED]: "安全审查未通过",
    [ActivityStatus.IN_PROGRESS]: "进行中",
    [ActivityStatus.COMPLETED]: "已完成",
    [ActivityStatus.RECORDED]: "已记录",
    [ActivityStatus.CANCELLED]: "已取消",
};

export const activityFormLabel: Record<ActivityForm, string> = {
    [ActivityForm.UNSPECIFIED]: "其他",
    [ActivityForm.TEACHING]: "送教下乡",
    [ActivityForm.MEDICAL]: "送医下乡",
    [ActivityForm.PERFORMANCE]: "送文艺下乡",
    [ActivityForm.SKILLS_TRAINING]: "技能培训",
    [ActivityForm.EXPERIENCE_EXCHANGE]: "经验交流",
    [ActivityForm.CONSULTING]: "咨询服务",
    [ActivityForm.DONATION]: "捐赠物资",
    [ActivityForm.SCHOOL_ENTERPRISE]: "校企合作",
    [ActivityForm.INTERNET_PLUS]: "互联网+",
    [ActivityForm.OTHER]: "其他",
};

export const fundingSourceLabel: Record<FundingSource, string> = {
    [FundingSource.UNSPECIFIED]: "未填写",
    [FundingSource.UNION]: "组织工会承担",
    [FundingSource.UNIT]: "结对单位承担",
};

/** Why safety blocks an activity, as safety's ClearanceProblem.code names it. */
export const clearanceReasonLabel: Record<string, string> = {
    UNINSURED: "有参与人在活动期间未投保",
    NO_SAFETY_TRAINING: "有参与人缺少有效的安全培训",
    NO_BUSINESS_TRAINING: "有参与人缺少业务培训",
    NO_CONDUCT_TRAINING: "有参与人缺少思想作风培训",
    PLAN_NOT_APPROVED: "安全预案尚未审批",
    NO_RESPONSIBLE_PERSON: "未指定安全责任人",
    AWAITING_SAFETY: "等待安全审查结果",
};

export const vettingLabel: Record<VettingState, string> = {
    [VettingState.UNSPECIFIED]: "全部",
    [VettingState.PENDING]: "待审核",
    [VettingState.APPROVED]: "已通过",
    [VettingState.REJECTED]: "未通过",
    [VettingState.REVOKED]: "已撤销",
};

export const hoursStatusLabel: Record<HoursStatus, string> = {
    [HoursStatus.UNSPECIFIED]: "未知",
    [HoursStatus.OPEN]: "未签退",
    [HoursStatus.COUNTED]: "已计入",
    [HoursStatus.AWAITING_ORGANISER]: "待组织单位审批",
    [HoursStatus.AWAITING_PROVINCE]: "待省级审批",
    [HoursStatus.APPROVED]: "已审批",
    [HoursStatus.NOT_SERVICE]: "不计服务时长",
};

export const digestKindLabel: Record<DigestKind, string> = {
    [DigestKind.UNSPECIFIED]: "简报",
    [DigestKind.WEEKLY]: "周报",
    [DigestKind.MONTHLY]: "月报",
    [DigestKind.CAMPAIGN_SUMMARY]: "年度总结",
};

export const candidateKindLabel: Record<CandidateKind, string> = {
    [CandidateKind.UNSPECIFIED]: "未知",
    [CandidateKind.TEAM]: "先进集体",
    [CandidateKind.INDIVIDUAL]: "先进个人",
};

export const nominationStatusLabel: Record<NominationStatus, string> = {
    [NominationStatus.UNSPECIFIED]: "全部",
    [NominationStatus.NOMINATED]: "已提名，待省级审定",
    [NominationStatus.WITHDRAWN]: "已撤回",
    [NominationStatus.APPROVED]: "已批准，待发布",
    [NominationStatus.REJECTED]: "未批准",
    [NominationStatus.PUBLISHED]: "已发布",
};
