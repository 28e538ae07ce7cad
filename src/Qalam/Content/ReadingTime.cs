namespace Qalam.Content;

/// <summary>Which wording a reading time takes: Arabic counts one, two, three to ten and eleven on differently.</summary>
public static class ReadingTime
{
    public static string Key(int minutes) => minutes switch
    {
        1 => "ReadingOne",
        2 => "ReadingTwo",
        <= 10 => "ReadingFew",
        _ => "ReadingMany",
    };
}
