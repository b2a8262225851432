using Xunit;

namespace Volunteer.Testing;

/// <summary>
/// Texts a person reads are Chinese at the source (the console shows them as they come), so every
/// description a service writes must hold Chinese characters; codes and field paths beside them stay English.
/// </summary>
public static class ChineseText
{
    public static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    public static void AssertReadable(string text, string what) =>
        Assert.True(IsChinese(text), $"{what} is not written in Chinese: \"{text}\"");
}
