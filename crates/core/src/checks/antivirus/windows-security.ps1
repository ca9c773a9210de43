# TuKiem antivirus check (Windows PowerShell 5.1). Read-only. Prints one JSON object whose
# parts (os, wsc, defender) each have their own try/catch, so one failure keeps the others.
# Passed with -Command: the text holds no double quote, so Windows argument quoting cannot
# mangle it. Dates are formatted here (ISO 8601, UTC) rather than by ConvertTo-Json.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
try { [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch { }
function Get-TkIso($d) {
  if ($null -eq $d) { return $null }
  try { return ([datetime]$d).ToUniversalTime().ToString('o') } catch { return $null }
}
function Get-TkProblem($e) {
  $m = [string]$e.Exception.Message
  if ($m.Length -gt 300) { $m = $m.Substring(0, 300) }
  return [ordered]@{ ok = $false; error = $m.Trim(); error_id = [string]$e.FullyQualifiedErrorId }
}
$out = [ordered]@{ format = 1 }
try {
  $o = Get-CimInstance -ClassName Win32_OperatingSystem
  $out.os = [ordered]@{
    ok = $true
    caption = [string]$o.Caption
    version = [string]$o.Version
    product_type = [int]$o.ProductType
  }
} catch { $out.os = Get-TkProblem $_ }
try {
  $rows = @(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct)
  $list = @(foreach ($r in $rows) {
    [ordered]@{
      displayName = [string]$r.displayName
      instanceGuid = [string]$r.instanceGuid
      productState = [long]$r.productState
      pathToSignedProductExe = [string]$r.pathToSignedProductExe
      pathToSignedReportingExe = [string]$r.pathToSignedReportingExe
      timestamp = [string]$r.timestamp
    }
  })
  $out.wsc = [ordered]@{ ok = $true; products = $list }
} catch { $out.wsc = Get-TkProblem $_ }
try {
  $s = Get-MpComputerStatus
  $out.defender = [ordered]@{ ok = $true; status = [ordered]@{
    AMRunningMode = [string]$s.AMRunningMode
    AMServiceEnabled = $s.AMServiceEnabled
    AntivirusEnabled = $s.AntivirusEnabled
    RealTimeProtectionEnabled = $s.RealTimeProtectionEnabled
    IsTamperProtected = $s.IsTamperProtected
    DefenderSignaturesOutOfDate = $s.DefenderSignaturesOutOfDate
    AntivirusSignatureAge = $s.AntivirusSignatureAge
    AntivirusSignatureLastUpdated = (Get-TkIso $s.AntivirusSignatureLastUpdated)
    AntivirusSignatureVersion = [string]$s.AntivirusSignatureVersion
    AMProductVersion = [string]$s.AMProductVersion
  } }
} catch { $out.defender = Get-TkProblem $_ }
ConvertTo-Json -InputObject $out -Depth 5
