using Volunteer.Roster.Identity;

namespace Volunteer.Roster.Tests.Identity;

public sealed class ResidentIdAgreementTests
{
    // Born 1990-03-07; 17th character 3 is odd, so male.
    private static readonly ResidentIdNumber Number =
        ResidentIdNumber.Validate("440106199003071231", new DateOnly(2024, 5, 20)).Value!;

    private static readonly DateOnly EncodedBirthDate = new(1990, 3, 7);

    [Fact]
    public void Matching_birth_date_and_gender_raise_no_problem()
    {
        Assert.Empty(Number.CheckAgreement(EncodedBirthDate, Gender.Male));
    }

    [Fact]
    public void Different_gender_is_reported()
    {
        var problem = Assert.Single(Number.CheckAgreement(EncodedBirthDate, Gender.Female));

        Assert.Equal(ResidentIdProblems.GenderMismatch, problem.Code);
    }

    [Fact]
    public void Different_birth_date_is_reported()
    {
        var problem = Assert.Single(Number.CheckAgreement(EncodedBirthDate.AddDays(1), Gender.Male));

        Assert.Equal(ResidentIdProblems.BirthDateMismatch, problem.Code);
    }

    [Fact]
    public void Both_mismatches_are_reported_together()
    {
        var problems = Number.CheckAgreement(new DateOnly(1990, 7, 3), Gender.Female);

        Assert.Equal(
            [ResidentIdProblems.BirthDateMismatch, ResidentIdProblems.GenderMismatch],
            problems.Select(p => p.Code));
    }

    [Fact]
    public void An_undeclared_gender_cannot_disagree()
    {
        Assert.Empty(Number.CheckAgreement(EncodedBirthDate, Gender.Unspecified));
    }

    [Fact]
    public void Even_sequence_digit_agrees_with_female()
    {
        var female = ResidentIdNumber.Validate("44010619900307124X", new DateOnly(2024, 5, 20)).Value!;

        Assert.Empty(female.CheckAgreement(EncodedBirthDate, Gender.Female));
        Assert.Equal(ResidentIdProblems.GenderMismatch, Assert.Single(female.CheckAgreement(EncodedBirthDate, Gender.Male)).Code);
    }
}
