using Google.Protobuf.WellKnownTypes;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Seeder.Demo;

namespace Volunteer.Seeder.Seeding;

/// <summary>How a demo person is registered with roster, and the trainings on their record.</summary>
public static class DemoRegistration
{
    public static RegisterStaffVolunteerRequest For(PersonSpec person, string unionId, int seed, Timestamp consentGiven)
    {
        var request = new RegisterStaffVolunteerRequest
        {
            RequestId = $"seed-{seed}-{person.Key}",
            UnionId = unionId,
            Name = person.Name,
            IdType = IdDocumentType.ResidentIdCard,
            IdNumber = person.IdNumber,
            Gender = person.Male ? Gender.Male : Gender.Female,
            BirthDate = person.BirthDate.ToString("yyyy-MM-dd"),
            Phone = person.Phone,
            Employer = person.Employer,
            Profession = person.Profession,
            Skills = { person.Skills },
            ParticipationConsent = new Consent { GivenTime = consentGiven, TextVersion = "2018-1" },
            SensitiveDataConsent = new Consent { GivenTime = consentGiven, TextVersion = "2018-1" },
        };
        if (person.Doctor)
        {
            request.Licence = new ProfessionalLicence
            {
                Kind = "医师执业证书", Number = $"1104400{person.IdNumber[6..14]}", ValidUntil = "2023-12-31",
                Category = LicenceCategory.Medical,
            };
        }

        if (person.ModelWorker)
        {
            request.Honours.Add(new Honour { Kind = HonourKind.ModelWorker, Level = "省级", Year = 2015 });
        }

        return request;
    }

    public static IEnumerable<TrainingRecord> Trainings(PersonSpec person)
    {
        yield return new TrainingRecord
        {
            Kind = TrainingKind.Business, Name = "志愿服务业务知识培训", Content = "送教送医规范与志愿服务记录", Hours = 2,
            Organiser = "广东省教科文卫工会", Date = "2018-03-20",
        };
        yield return new TrainingRecord
        {
            Kind = TrainingKind.Conduct, Name = "志愿服务思想作风教育", Content = "扶贫志愿服务精神与纪律", Hours = 2,
            Organiser = "广东省教科文卫工会", Date = "2018-03-20",
        };
        if (person.SafetyTrained)
        {
            yield return new TrainingRecord
            {
                Kind = TrainingKind.Safety, Name = "志愿服务安全培训", Content = "交通、急救与突发事件应对", Hours = 3,
                Organiser = "广东省教科文卫工会", Date = "2018-03-27",
            };
        }
    }
}
