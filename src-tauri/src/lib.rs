//! The TựKiểm desktop shell. It owns the window and the IPC boundary and nothing else: every
//! decision is a call into tukiem-core (`tukiem_core::app` for the use cases), and each
//! `*_commands.rs` only translates IPC ⇄ core.

mod bundle_commands;
mod check_commands;
mod commands;
mod incident_commands;
mod link_commands;
mod memory;
mod password_commands;
mod quiz_commands;
mod report_commands;
mod rollup_commands;
mod save_dialog;
mod startup_alert;
mod state;
mod training_commands;

use tauri::Manager;

pub fn run() {
    memory::few_arenas();
    let context = tauri::generate_context!();
    let identifier = context.config().identifier.clone();
    // No WebView2 Runtime (Windows): no window can exist. Say so in the user's language and stop,
    // before Tauri would show its own English box.
    if let Err(problem) = startup_alert::webview_runtime() {
        startup_alert::show(&problem, &identifier);
        std::process::exit(1);
    }
    tauri::Builder::default()
        // Only our `open_system_page` command uses it, from Rust: the capability grants the
        // webview none of the plugin's own commands.
        .plugin(tauri_plugin_opener::init())
        // Only our `save_report` command uses it, from Rust: the webview gets no dialog permission.
        .plugin(tauri_plugin_dialog::init())
        // The page, its script and fonts are loaded: what building them freed goes back.
        .on_page_load(|_, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Finished {
                memory::give_back();
            }
        })
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            let args = state::AppArgs::from_process();
            let state = state::AppState::load(data_dir, &args);
            let lang = state.language();
            // `--training` starts on the recorded machines. If they cannot be written out, the
            // app opens normally and the training screen says why when asked again.
            if args.training {
                let _ = training_commands::enter(app.handle(), &state);
            }
            app.manage(state);
            app.manage(rollup_commands::RollupState::default());
            app.manage(bundle_commands::BundlePick::default());
            if let Some(window) = app.get_webview_window("main") {
                commands::retitle(&window, lang);
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::bootstrap,
            commands::advice,
            commands::set_language,
            password_commands::password_setup,
            password_commands::assess_password,
            password_commands::generate_password,
            password_commands::mark_done,
            password_commands::open_system_page,
            check_commands::checks_setup,
            check_commands::run_checks,
            check_commands::open_check_action,
            incident_commands::incident_setup,
            incident_commands::incident_mail,
            incident_commands::open_incident_mail,
            link_commands::check_links,
            quiz_commands::quiz,
            quiz_commands::quiz_answer,
            quiz_commands::quiz_score,
            training_commands::training_setup,
            training_commands::start_training,
            training_commands::set_training_scenario,
            training_commands::stop_training,
            report_commands::summary,
            report_commands::save_report,
            rollup_commands::rollup_pick,
            rollup_commands::rollup_view,
            rollup_commands::rollup_save,
            bundle_commands::bundle_current,
            bundle_commands::bundle_pick,
            bundle_commands::bundle_install
        ])
        .run(context)
        .unwrap_or_else(|e| {
            // The window or its webview could not be created: there is no screen to say it in.
            let problem = startup_alert::Problem::WindowFailed {
                detail: e.to_string(),
            };
            startup_alert::show(&problem, &identifier);
            std::process::exit(1);
        });
}
