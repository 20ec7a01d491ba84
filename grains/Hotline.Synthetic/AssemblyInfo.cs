using System.Runtime.CompilerServices;

// The tests check the catalog's authoring rules (every probe keeps the key specifics).
[assembly: InternalsVisibleTo("Hotline.Intelligence.Tests")]
