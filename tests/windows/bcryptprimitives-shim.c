/* Test-only stand-in for Windows' bcryptprimitives.dll, for CI under Wine.
 *
 * Rust's standard library gets its random bytes from ProcessPrng in bcryptprimitives.dll. Every
 * Windows 10/11 has that DLL; Wine 8 (Debian 12) does not, so no Rust program starts under it.
 * This DLL exports ProcessPrng and forwards to RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. It is copied into the test prefix's system32 only: it is never shipped.
 *
 * x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives-shim.c \
 *     -ladvapi32 -Wl,--kill-at
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
