using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// Encrypts personal data for storage and derives the keyed hash used to find a row by it.
/// Layout of a protected value: format version (1 byte), nonce (12), ciphertext, GCM tag (16).
/// The version byte is authenticated too, so a later format can be introduced without ambiguity.
/// Safe to share: a cipher instance is never used by two threads at once (encryption keeps one per thread,
/// since setting one up costs more than encrypting a short value; a bulk import encrypts thousands).
/// </summary>
public sealed class PersonalDataProtector
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize;

    private readonly byte[] encryptionKey;
    private readonly byte[] lookupKey;
    private readonly ThreadLocal<AesGcm> encryptors;

    public PersonalDataProtector(IOptions<PersonalDataOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Checked again here so that a protector built outside the host cannot run on a bad key.
        var failures = PersonalDataOptionsValidator.FindFailures(options.Value);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PersonalDataOptions), failures);
        }

        encryptionKey = PersonalDataOptionsValidator.Decode(options.Value.EncryptionKey)!;
        lookupKey = PersonalDataOptionsValidator.Decode(options.Value.LookupKey)!;
        encryptors = new ThreadLocal<AesGcm>(() => new AesGcm(encryptionKey, TagSize));
    }

    /// <summary>A fresh random nonce each time, so equal values do not produce equal ciphertexts.</summary>
    public byte[] Encrypt(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plainBytes = Encoding.UTF8.GetBytes(plaintext);
        var protectedValue = new byte[HeaderSize + plainBytes.Length + TagSize];
        protectedValue[0] = FormatVersion;
        var nonce = protectedValue.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        encryptors.Value!.Encrypt(
            nonce,
            plainBytes,
            protectedValue.AsSpan(HeaderSize, plainBytes.Length),
            protectedValue.AsSpan(HeaderSize + plainBytes.Length),
            protectedValue.AsSpan(0, 1));

        CryptographicOperations.ZeroMemory(plainBytes);
        return protectedValue;
    }

    /// <exception cref="CryptographicException">
    /// The value was altered, truncated, written in an unknown format, or encrypted under another key.
    /// </exception>
    public string Decrypt(byte[] protectedValue)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        if (protectedValue.Length < HeaderSize + TagSize)
        {
            throw new CryptographicException("Protected personal data is too short to have been written by this protector.");
        }

        if (protectedValue[0] != FormatVersion)
        {
            throw new CryptographicException($"Protected personal data has format version {protectedValue[0]}, which this build cannot read.");
        }

        var cipherLength = protectedValue.Length - HeaderSize - TagSize;
        var plainBytes = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(encryptionKey, TagSize);
            aes.Decrypt(
                protectedValue.AsSpan(1, NonceSize),
                protectedValue.AsSpan(HeaderSize, cipherLength),
                protectedValue.AsSpan(HeaderSize + cipherLength),
                plainBytes,
                protectedValue.AsSpan(0, 1));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CryptographicException("Protected personal data failed its integrity check: it was altered or encrypted with a different key.", e);
        }

        var plaintext = Encoding.UTF8.GetString(plainBytes);
        CryptographicOperations.ZeroMemory(plainBytes);
        return plaintext;
    }

    /// <summary>
    /// Deterministic, so an equal value finds the stored row; keyed, so the hash of a guessable value
    /// such as an ID number cannot be computed by whoever reads the database. Pass the normalized
    /// form (a resident ID number's normalized value, <see cref="PhoneNumber.Value"/>) or equal values
    /// typed differently will not match.
    /// </summary>
    public byte[] ComputeLookupHash(string normalizedValue)
    {
        ArgumentNullException.ThrowIfNull(normalizedValue);
        return HMACSHA256.HashData(lookupKey, Encoding.UTF8.GetBytes(normalizedValue));
    }
}
