import { create } from "@bufbuild/protobuf";
import { timestampNow } from "@bufbuild/protobuf/wkt";
import {
    RegisterStaffVolunteerRequestSchema,
    type RegisterStaffVolunteerRequest,
} from "@volunteer/api/gen/volunteer/roster/v1/roster_service_pb";
import { Gender, IdDocumentType } from "@volunteer/api/gen/volunteer/roster/v1/volunteer_pb";

/** Version of the consent text a volunteer agrees to in this console. */
export const consentTextVersion = "粤教工〔2018〕17号-2018";

/** Version of the separate consent to process sensitive personal data (the ID number), PIPL Art. 29. */
export const sensitiveDataConsentTextVersion = "2026-1";

/** A volunteer's details as typed in the form or read from one spreadsheet row. */
export interface VolunteerValues {
    name: string;
    idType: string;
    idNumber: string;
    gender: string;
    birthDate: string;
    phone: string;
    employer: string;
    profession: string;
    skills: string;
    consent: boolean;
    sensitiveDataConsent: boolean;
}

const genderByText: Record<string, Gender> = { 男: Gender.MALE, 女: Gender.FEMALE };

function splitSkills(text: string): string[] {
    return text
        .split(/[,，、;；\s]+/)
        .map((skill) => skill.trim())
        .filter(Boolean);
}

/**
 * The request both the form and the import send. Values are passed as typed: checking them is the
 * service's job, and its field errors come back with the proto paths the form shows them under.
 */
export function registerRequest(
    values: VolunteerValues,
    unionId: string,
    requestId: string,
): RegisterStaffVolunteerRequest {
    return create(RegisterStaffVolunteerRequestSchema, {
        requestId,
        unionId,
        name: values.name.trim(),
        idType: values.idType === "other" ? IdDocumentType.OTHER : IdDocumentType.RESIDENT_ID_CARD,
        idNumber: values.idNumber.trim(),
        gender: genderByText[values.gender.trim()] ?? Gender.UNSPECIFIED,
        birthDate: values.birthDate.trim(),
        phone: values.phone.trim(),
        employer: values.employer.trim(),
        profession: values.profession.trim(),
        skills: splitSkills(values.skills),
        participationConsent: values.consent
            ? { givenTime: timestampNow(), textVersion: consentTextVersion }
            : undefined,
        sensitiveDataConsent: values.sensitiveDataConsent
            ? { givenTime: timestampNow(), textVersion: sensitiveDataConsentTextVersion }
            : undefined,
    });
}
