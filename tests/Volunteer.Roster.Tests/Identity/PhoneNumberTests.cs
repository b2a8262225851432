using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests.Identity;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData(" 13812345678 ")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+8613812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+86-138-1234-5678")]
    [InlineData("8613812345678")]
    [InlineData("86 13812345678")]
    [InlineData("１３８１２３４５６７８")]
    public void Mobile_numbers_written_any_accepted_way_normalize_to_eleven_digits(string input)
    {
        var outcome = PhoneNumber.Validate(input);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        Assert.Equal("13812345678", outcome.Value.Value);
        Assert.Equal(PhoneNumberKind.Mobile, outcome.Value.Kind);
    }

    [Theory]
    [InlineData("13012345678")]
    [InlineData("15912345678")]
    [InlineData("19912345678")]
    public void Every_mobile_prefix_from_13_to_19_is_accepted(string input)
    {
        Assert.Equal(input, PhoneNumber.Validate(input).Value?.Value);
    }

    [Theory]
    [InlineData("020-12345678", "020-12345678")]
    [InlineData("020 12345678", "020-12345678")]
    [InlineData("02012345678", "020-12345678")]
    [InlineData("010-1234567", "010-1234567")]
    [InlineData("0755-12345678", "0755-12345678")]
    [InlineData("0755-1234567", "0755-1234567")]
    [InlineData("0769 2345 6789", "0769-23456789")]
    [InlineData("+86 20 12345678", "020-12345678")]
    [InlineData("+86-755-12345678", "0755-12345678")]
    [InlineData("86 020 12345678", "020-12345678")]
    [InlineData("075-512345678", "0755-12345678")]
    public void Fixed_line_numbers_normalize_to_area_code_hyphen_subscriber(string input, string normalized)
    {
        var outcome = PhoneNumber.Validate(input);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        Assert.Equal(normalized, outcome.Value.Value);
        Assert.Equal(PhoneNumberKind.FixedLine, outcome.Value.Kind);
    }

    [Theory]
    [InlineData(null, PhoneNumberProblems.Required)]
    [InlineData("", PhoneNumberProblems.Required)]
    [InlineData("  ", PhoneNumberProblems.Required)]
    [InlineData("+", PhoneNumberProblems.Required)]
    [InlineData("138 1234 567a", PhoneNumberProblems.InvalidCharacters)]
    [InlineData("(020)12345678", PhoneNumberProblems.InvalidCharacters)]
    [InlineData("138+12345678", PhoneNumberProblems.InvalidCharacters)]
    [InlineData("+1 415 555 0100", PhoneNumberProblems.ForeignCountryCode)]
    [InlineData("+852 9123 4567", PhoneNumberProblems.ForeignCountryCode)]
    [InlineData("5551234", PhoneNumberProblems.Unrecognized)]
    [InlineData("1381234567", PhoneNumberProblems.MobileLength)]
    [InlineData("138123456789", PhoneNumberProblems.MobileLength)]
    [InlineData("+86 138 1234 567", PhoneNumberProblems.MobileLength)]
    [InlineData("12812345678", PhoneNumberProblems.MobilePrefix)]
    [InlineData("10012345678", PhoneNumberProblems.MobilePrefix)]
    [InlineData("001-12345678", PhoneNumberProblems.AreaCodeInvalid)]
    [InlineData("020-123456", PhoneNumberProblems.SubscriberLength)]
    [InlineData("020-123456789", PhoneNumberProblems.SubscriberLength)]
    [InlineData("0755-123456789", PhoneNumberProblems.SubscriberLength)]
    public void Rejects_an_invalid_number_with_exactly_the_problem_it_has(string? input, string code)
    {
        var outcome = PhoneNumber.Validate(input);

        Assert.False(outcome.IsValid);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(code, problem.Code);
        ChineseText.AssertReadable(problem.Description, code);
    }

    [Fact]
    public void A_short_number_with_a_wrong_prefix_reports_both()
    {
        var outcome = PhoneNumber.Validate("1212345");

        Assert.Equal([PhoneNumberProblems.MobileLength, PhoneNumberProblems.MobilePrefix], outcome.Problems.Select(p => p.Code));
    }

    [Fact]
    public void The_same_number_typed_two_ways_is_equal()
    {
        Assert.Equal(PhoneNumber.Validate("+86 138-1234-5678").Value, PhoneNumber.Validate("13812345678").Value);
    }

    [Fact]
    public void Printing_a_number_shows_only_its_masked_form()
    {
        Assert.Equal("138****5678", $"{PhoneNumber.Validate("13812345678").Value}");
        Assert.Equal("020-****5678", $"{PhoneNumber.Validate("020-12345678").Value}");
    }
}
