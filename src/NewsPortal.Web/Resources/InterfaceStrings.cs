namespace NewsPortal.Web;

// File name differs from the .resx so the resource keeps its folder-based name (Resources.SharedResource).
/// <summary>
/// The interface's strings. Arabic is the key and the default; <c>SharedResource.en.resx</c> holds
/// the English interface.
/// </summary>
public sealed class SharedResource;
