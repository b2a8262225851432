using System.Buffers.Binary;

namespace Volunteer.Roster.Certificates;

/// <summary>
/// Takes the first face out of a TrueType collection (.ttc) as a standalone TrueType font, which PDFsharp can
/// read: the face's table directory, with each table copied after it and its offset pointed at the copy.
/// </summary>
public static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // "ttcf"
    private const int SfntHeaderLength = 12, TableRecordLength = 16;

    /// <summary>The font file itself when it is no collection.</summary>
    public static byte[] FirstFace(byte[] file)
    {
        if (file.Length < SfntHeaderLength + 4 || BinaryPrimitives.ReadUInt32BigEndian(file) != CollectionTag)
        {
            return file;
        }

        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(face + 4));
        var directoryLength = SfntHeaderLength + TableRecordLength * tableCount;
        var records = Enumerable.Range(0, tableCount).Select(i => face + SfntHeaderLength + TableRecordLength * i)
            .Select(record => (Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 8)),
                Length: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 12))))
            .ToList();
        var font = new byte[directoryLength + records.Sum(r => Padded(r.Length))];
        file.AsSpan(face, directoryLength).CopyTo(font);
        var position = directoryLength;
        for (var i = 0; i < records.Count; i++)
        {
            file.AsSpan(records[i].Offset, records[i].Length).CopyTo(font.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(
                font.AsSpan(SfntHeaderLength + TableRecordLength * i + 8), (uint)position);
            position += Padded(records[i].Length);
        }

        return font;
    }

    // Tables start on four-byte boundaries.
    private static int Padded(int length) => (length + 3) & ~3;
}
