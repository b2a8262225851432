using Volunteer.Roster.Identity;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests.Identity;

// Check characters in these numbers were computed independently of the code under test
// (ISO 7064 MOD 11-2 in a separate script), so a wrong weight or table here would show up.
public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2024, 5, 20);

    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X", "1949-12-31", Gender.Female)]
    [InlineData("440106199003071231", "440106199003071231", "1990-03-07", Gender.Male)]
    [InlineData("44010619900307124X", "44010619900307124X", "1990-03-07", Gender.Female)]
    [InlineData("440304200002290014", "440304200002290014", "2000-02-29", Gender.Male)]
    [InlineData("650102199912310029", "650102199912310029", "1999-12-31", Gender.Female)]
    [InlineData("710000197001010016", "710000197001010016", "1970-01-01", Gender.Male)]
    [InlineData("810000198506150020", "810000198506150020", "1985-06-15", Gender.Female)]
    [InlineData("820000200109090038", "820000200109090038", "2001-09-09", Gender.Male)]
    [InlineData("440106190001010012", "440106190001010012", "1900-01-01", Gender.Male)]
    [InlineData("440106202405201232", "440106202405201232", "2024-05-20", Gender.Male)]
    [InlineData("11010519491231002x", "11010519491231002X", "1949-12-31", Gender.Female)]
    [InlineData(" 440106 19900307 1231 ", "440106199003071231", "1990-03-07", Gender.Male)]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", "1949-12-31", Gender.Female)]
    public void Accepts_a_valid_number_and_reads_its_birth_date_and_gender(string input, string normalized, string birthDate, Gender gender)
    {
        var outcome = ResidentIdNumber.Validate(input, Today);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        Assert.Empty(outcome.Problems);
        Assert.Equal(normalized, outcome.Value.Value);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), outcome.Value.BirthDate);
        Assert.Equal(gender, outcome.Value.Gender);
    }

    [Theory]
    [InlineData(null, ResidentIdProblems.Required)]
    [InlineData("", ResidentIdProblems.Required)]
    [InlineData("   ", ResidentIdProblems.Required)]
    [InlineData("44010619900307123", ResidentIdProblems.WrongLength)]
    [InlineData("4401061990030712311", ResidentIdProblems.WrongLength)]
    [InlineData("440106900307123", ResidentIdProblems.WrongLength)]
    [InlineData("4401061990030712A1", ResidentIdProblems.NonDigit)]
    [InlineData("44010619900307X231", ResidentIdProblems.NonDigit)]
    [InlineData("44010619900307123Y", ResidentIdProblems.NonDigit)]
    [InlineData("440106-19900307-12", ResidentIdProblems.NonDigit)]
    [InlineData("440106199002301234", ResidentIdProblems.BirthDateNotADate)]
    [InlineData("440106199013071235", ResidentIdProblems.BirthDateNotADate)]
    [InlineData("440106199003001233", ResidentIdProblems.BirthDateNotADate)]
    [InlineData("440106200102291235", ResidentIdProblems.BirthDateNotADate)]
    [InlineData("440106190002291231", ResidentIdProblems.BirthDateNotADate)]
    [InlineData("440106202405211238", ResidentIdProblems.BirthDateInFuture)]
    [InlineData("44010618991231123X", ResidentIdProblems.BirthDateTooEarly)]
    [InlineData("440106199003071232", ResidentIdProblems.CheckDigitMismatch)]
    [InlineData("110105194912310021", ResidentIdProblems.CheckDigitMismatch)]
    [InlineData("440106202405201233", ResidentIdProblems.CheckDigitMismatch)]
    public void Rejects_an_invalid_number_with_exactly_the_problem_it_has(string? input, string code)
    {
        var outcome = ResidentIdNumber.Validate(input, Today);

        Assert.False(outcome.IsValid);
        Assert.Null(outcome.Value);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(code, problem.Code);
        Assert.False(string.IsNullOrWhiteSpace(problem.Description));
        ChineseText.AssertReadable(problem.Description, code);
    }

    [Theory]
    [InlineData("00010619900307123X")]
    [InlineData("100106199003071233")]
    [InlineData("160106199003071234")]
    [InlineData("200106199003071237")]
    [InlineData("240106199003071234")]
    [InlineData("300106199003071230")]
    [InlineData("380106199003071235")]
    [InlineData("400106199003071234")]
    [InlineData("470106199003071237")]
    [InlineData("550106199003071237")]
    [InlineData("600106199003071231")]
    [InlineData("660106199003071232")]
    [InlineData("700106199003071235")]
    [InlineData("720106199003071239")]
    [InlineData("800106199003071239")]
    [InlineData("830000199003071230")]
    [InlineData("910106199003071234")]
    [InlineData("990106199003071239")]
    public void Rejects_a_province_code_outside_the_national_list(string input)
    {
        var outcome = ResidentIdNumber.Validate(input, Today);

        Assert.Equal(ResidentIdProblems.UnknownProvince, Assert.Single(outcome.Problems).Code);
    }

    [Theory]
    [InlineData("440106199003071232", "1")]
    [InlineData("110105194912310021", "X")]
    [InlineData("440106199003071230", "1")]
    public void Check_digit_problem_names_the_expected_character(string input, string expected)
    {
        var problem = Assert.Single(ResidentIdNumber.Validate(input, Today).Problems);

        Assert.Equal($"校验位应为{expected}，其他位可能输入有误", problem.Description);
    }

    [Fact]
    public void Reports_every_independent_problem_at_once()
    {
        // Province 00, 30 February and a check character that should be 2.
        var outcome = ResidentIdNumber.Validate("000106199002301230", Today);

        Assert.Equal(
            [ResidentIdProblems.UnknownProvince, ResidentIdProblems.BirthDateNotADate, ResidentIdProblems.CheckDigitMismatch],
            outcome.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Problem_descriptions_do_not_repeat_the_submitted_number()
    {
        const string input = "000106199002301230";

        var outcome = ResidentIdNumber.Validate(input, Today);

        Assert.All(outcome.Problems, p => Assert.DoesNotContain("0106199002", p.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Upper_and_lower_case_x_are_the_same_number()
    {
        var upper = ResidentIdNumber.Validate("11010519491231002X", Today).Value;
        var lower = ResidentIdNumber.Validate("11010519491231002x", Today).Value;

        Assert.Equal(upper, lower);
    }

    [Fact]
    public void Printing_a_number_shows_only_its_masked_form()
    {
        var number = ResidentIdNumber.Validate("11010519491231002X", Today).Value!;

        Assert.Equal("1101**********002X", $"{number}");
    }
}
